"""A fake Pipedrive API v1 on 127.0.0.1: persons and leads, with search.

Served: ``GET /v1/persons/search``, ``POST /v1/persons``, ``GET /v1/leads/search``,
``POST /v1/leads``, ``PATCH /v1/leads/{id}``, ``GET /v1/leads/{id}``. Auth by the
``x-api-token`` header or the ``api_token`` query parameter. Like Pipedrive it ignores
``Idempotency-Key``: a create that is repeated creates twice, so the sink must search.
"""

from __future__ import annotations

import uuid
from typing import Any

from leadqual.testing.fake_http import FakeServer, RecordedRequest, Reply


def _fail(status: int, message: str) -> Reply:
    return Reply(status, {"success": False, "error": message})


def _ok(data: Any, status: int = 200) -> Reply:
    return Reply(status, {"success": True, "data": data})


class FakePipedrive(FakeServer):
    """Records persons and leads; answers like Pipedrive."""

    def __init__(self, *, api_token: str = "pd-test", **options: Any) -> None:
        super().__init__(**options)
        self.api_token = api_token
        self.persons: dict[int, dict[str, Any]] = {}
        self.leads: dict[str, dict[str, Any]] = {}

    def handle(self, request: RecordedRequest) -> Reply:
        """Serve the subset of the API the sink uses."""
        token = request.header("x-api-token") or next(iter(request.query.get("api_token", [])), None)
        if token != self.api_token:
            return _fail(401, "You need to be authorized to make this request.")
        route = (request.method, request.path)
        if route == ("GET", "/v1/persons/search"):
            return self._search_persons(request.query)
        if route == ("POST", "/v1/persons"):
            return self._create_person(request.body)
        if route == ("GET", "/v1/leads/search"):
            return self._search_leads(request.query)
        if route == ("POST", "/v1/leads"):
            return self._create_lead(request.body)
        if request.path.startswith("/v1/leads/") and request.method in ("GET", "PATCH"):
            lead = self.leads.get(request.path.rsplit("/", 1)[1])
            if lead is None:
                return _fail(404, "Lead not found")
            if request.method == "PATCH":
                lead.update({k: v for k, v in (request.body or {}).items() if k != "id"})
            return _ok(lead)
        return _fail(404, f"Unknown method {request.method} {request.path}")

    def _search_persons(self, query: dict[str, list[str]]) -> Reply:
        term = (query.get("term") or [""])[0].lower()
        fields = (query.get("fields") or ["email,phone,name"])[0].split(",")
        if len(term) < 2:
            return _fail(400, "Search term must be at least 2 characters long")
        exact = (query.get("exact_match") or ["false"])[0] == "true"
        items = []
        for person in self.persons.values():
            values = [person["name"]] if "name" in fields else []
            for field in ("email", "phone"):
                if field in fields:
                    values += [entry["value"] for entry in person.get(field, [])]
            if any(v.lower() == term if exact else term in v.lower() for v in values):
                items.append({"result_score": 1.0, "item": {
                    "id": person["id"], "type": "person", "name": person["name"],
                    "emails": [e["value"] for e in person.get("email", [])],
                    "phones": [p["value"] for p in person.get("phone", [])]}})
        return _ok({"items": items})

    def _create_person(self, body: Any) -> Reply:
        if not isinstance(body, dict) or not body.get("name"):
            return _fail(400, "Name must be given.")
        person_id = len(self.persons) + 1
        self.persons[person_id] = {"id": person_id, "name": body["name"],
                                   "email": body.get("email", []), "phone": body.get("phone", [])}
        return _ok(self.persons[person_id], 201)

    def _search_leads(self, query: dict[str, list[str]]) -> Reply:
        term = (query.get("term") or [""])[0].lower()
        if len(term) < 2:
            return _fail(400, "Search term must be at least 2 characters long")
        items = [{"result_score": 1.0, "item": {"id": lead["id"], "title": lead["title"],
                                                "person": {"id": lead["person_id"]}}}
                 for lead in self.leads.values() if term in lead["title"].lower()]
        return _ok({"items": items})

    def _create_lead(self, body: Any) -> Reply:
        if not isinstance(body, dict) or not body.get("title"):
            return _fail(400, "Title is required")
        if body.get("person_id") not in self.persons:
            return _fail(400, "A lead must be linked to an existing person or organization")
        lead_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"lead-{len(self.leads) + 1}"))
        self.leads[lead_id] = {"id": lead_id, "title": body["title"], "person_id": body["person_id"],
                               "label_ids": body.get("label_ids", []), "value": body.get("value")}
        return _ok(self.leads[lead_id], 201)
