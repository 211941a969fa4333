"""Pipedrive sink (API v1): find or create the person, then create or update a lead.

Pipedrive has no idempotency keys, so every step looks before it writes:

1. ``GET /v1/persons/search`` by e-mail (or phone), exact match; ``POST /v1/persons``
   only when nobody is found.
2. ``GET /v1/leads/search`` for the lead's marker ``[leadqual:{lead id}]``, which every
   title ends with (the deterministic external id); ``PATCH /v1/leads/{id}`` when found,
   else ``POST /v1/leads`` linked to the person, with the tier's label ids and the
   budget as the lead value.

A retry after a lost answer therefore finds what the first try created. (Pipedrive's
search index can lag a few seconds behind a write; the outbox's backoff covers that.)
The ``Idempotency-Key`` header is sent as well, for proxies and fakes that use it.
"""

from __future__ import annotations

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


def lead_marker(lead_id: str) -> str:
    """The tag at the end of every lead title that finds the lead again."""
    return f"[leadqual:{lead_id}]"


def lead_title(qualification: Qualification, lead: LeadView, routing: TierRouting) -> str:
    """``Dana: Sales Qualified, urgent, score 85 [leadqual:hs-001]``."""
    stage, priority = routing.route(qualification.score.tier)
    who = lead.name or lead.email or lead.phone or "Lead"
    return f"{who}: {stage}, {priority}, score {qualification.score.total} {lead_marker(lead.id)}"


def _data(body: Any, what: str) -> Any:
    if not isinstance(body, dict) or not body.get("success", False):
        raise PermanentDeliveryError(f"pipedrive: {what} did not succeed: {str(body)[:200]}",
                                     sink="pipedrive")
    return body.get("data")


def _items(body: Any, what: str) -> list[dict[str, Any]]:
    data = _data(body, what) or {}
    return [entry["item"] for entry in data.get("items", []) if isinstance(entry.get("item"), dict)]


class PipedriveSink:
    """Pushes each qualified lead to Pipedrive as a person plus a lead."""

    name = "pipedrive"

    def __init__(self, api_token: str, *, base_url: str = "https://api.pipedrive.com",
                 routing: TierRouting | None = None, label_ids: dict[str, list[str]] | None = None,
                 currency: str = "USD", timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.routing = routing or TierRouting()
        self.label_ids = dict(label_ids or {})
        self.currency = currency
        # The header keeps the token out of URLs and therefore out of access logs.
        self.http = JsonHttp(self.name, base_url, headers={"x-api-token": api_token},
                             timeout=timeout, transport=transport)

    @classmethod
    def from_config(cls, config: DeliveryConfig, *,
                    transport: httpx.BaseTransport | None = None) -> PipedriveSink:
        """Build from ``[delivery.pipedrive]``; the API token is required."""
        s = config.pipedrive
        if not s.api_token:
            raise ConfigError("the pipedrive sink needs an API token: set [delivery.pipedrive] "
                              "api_token or LEADQUAL_DELIVERY_PIPEDRIVE__API_TOKEN")
        return cls(s.api_token, base_url=s.base_url, routing=config.tiers, label_ids=s.label_ids,
                   currency=s.currency, timeout=s.timeout, transport=transport)

    def find_person(self, lead: LeadView) -> int | None:
        """The id of the person with the lead's e-mail (or, without one, phone), or None."""
        # The phone is a key only when there is no e-mail: two people with their own
        # addresses may share an office or family number.
        field, term = ("email", lead.email) if lead.email else ("phone", lead.phone)
        if not term:
            return None
        body = self.http.request("GET", "/v1/persons/search",
                                 params={"term": term, "fields": field, "exact_match": "true"})
        items = _items(body, "person search")
        return int(items[0]["id"]) if items else None

    def create_person(self, lead: LeadView, key: str) -> int:
        """Create the person and return its id."""
        person: dict[str, Any] = {"name": lead.name or lead.email or lead.phone or f"Lead {lead.id}"}
        if lead.email:
            person["email"] = [{"value": lead.email, "primary": True, "label": "work"}]
        if lead.phone:
            person["phone"] = [{"value": lead.phone, "primary": True, "label": "mobile"}]
        body = self.http.request("POST", "/v1/persons", json=person, idempotency_key=f"{key}-person")
        return int(_data(body, "person create")["id"])

    def find_lead(self, lead_id: str) -> str | None:
        """The Pipedrive id of the lead whose title carries this lead's marker, or None."""
        marker = lead_marker(lead_id)
        body = self.http.request("GET", "/v1/leads/search",
                                 params={"term": marker.strip("[]"), "fields": "title"})
        # Search is by substring: keep only titles that end with exactly this marker.
        for item in _items(body, "lead search"):
            if str(item.get("title", "")).endswith(marker):
                return str(item["id"])
        return None

    def push(self, qualification: Qualification, lead: Any) -> DeliveryResult:
        """Find or create the person, then create or update the lead; returns the lead id."""
        view = lead_view(lead, qualification)
        key = idempotency_key(self.name, view.id, qualification)
        person_id = self.find_person(view)
        if person_id is None:
            person_id = self.create_person(view, key)
        fields: dict[str, Any] = {"title": lead_title(qualification, view, self.routing),
                                  "label_ids": self.label_ids.get(qualification.score.tier, [])}
        budget = qualification.signals.budget
        if budget.amount is not None:
            fields["value"] = {"amount": budget.amount, "currency": budget.currency or self.currency}
        existing = self.find_lead(view.id)
        if existing is not None:
            self.http.request("PATCH", f"/v1/leads/{existing}", json=fields,
                              idempotency_key=f"{key}-lead")
            return DeliveryResult(self.name, existing, key, created=False,
                                  detail={"person_id": person_id})
        body = self.http.request("POST", "/v1/leads", json={**fields, "person_id": person_id},
                                 idempotency_key=f"{key}-lead")
        lead_ref = str(_data(body, "lead create")["id"])
        return DeliveryResult(self.name, lead_ref, key, detail={"person_id": person_id})

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self.http.close()
