"""A fake HubSpot CRM v3 on 127.0.0.1: contacts and deals upserted by unique property.

Served: ``POST /crm/v3/objects/{contacts,deals}/batch/upsert`` (``idProperty`` must be
``email`` for contacts or a property listed in ``unique_properties`` for deals, as the
portal requires), ``GET /crm/v3/objects/{type}/{id}``, and
``PUT /crm/v4/objects/deal/{id}/associations/default/contact/{id}``. Like HubSpot it
ignores ``Idempotency-Key``: the upserts are what make retries safe.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from leadqual.testing.fake_http import FakeServer, RecordedRequest, Reply

_UPSERT = "/crm/v3/objects/{}/batch/upsert"


class FakeHubSpot(FakeServer):
    """Records contacts, deals and associations; answers like HubSpot."""

    def __init__(self, *, token: str = "pat-test", unique_properties: tuple[str, ...] = ("leadqual_id",),
                 **options: Any) -> None:
        super().__init__(**options)
        self.token = token
        self.unique = {"contacts": ("email",), "deals": unique_properties}
        self.objects: dict[str, dict[str, dict[str, Any]]] = {"contacts": {}, "deals": {}}
        """type -> id -> {"id", "properties"}."""
        self.associations: set[tuple[str, str]] = set()
        """(deal id, contact id) pairs."""
        self._next_id = 1000

    def handle(self, request: RecordedRequest) -> Reply:
        """Serve the subset of the API the sink uses."""
        if request.header("Authorization") != f"Bearer {self.token}":
            return Reply(401, {"status": "error", "category": "INVALID_AUTHENTICATION",
                               "message": "Authentication credentials not found."})
        parts = request.path.strip("/").split("/")
        if request.method == "POST" and request.path in (_UPSERT.format("contacts"),
                                                         _UPSERT.format("deals")):
            return self._upsert(parts[3], request.body)
        if request.method == "GET" and parts[:3] == ["crm", "v3", "objects"] and len(parts) == 5:
            found = self.objects.get(parts[3], {}).get(parts[4])
            return Reply(200, found) if found else Reply(404, {"status": "error", "message": "not found"})
        if (request.method == "PUT" and len(parts) == 9 and parts[:4] == ["crm", "v4", "objects", "deal"]
                and parts[5:8] == ["associations", "default", "contact"]):
            deal, contact = parts[4], parts[8]
            if deal not in self.objects["deals"] or contact not in self.objects["contacts"]:
                return Reply(404, {"status": "error", "message": "object not found"})
            self.associations.add((deal, contact))
            return Reply(200, {"status": "COMPLETE", "results": [
                {"from": {"id": deal}, "to": {"id": contact}, "associationSpec":
                 {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 3}}]})
        return Reply(404, {"status": "error", "message": f"no route {request.method} {request.path}"})

    def find(self, kind: str, prop: str, value: str) -> dict[str, Any] | None:
        """The object of ``kind`` whose property ``prop`` equals ``value`` (case-insensitive)."""
        for obj in self.objects[kind].values():
            if str(obj["properties"].get(prop, "")).lower() == value.lower():
                return obj
        return None

    def _upsert(self, kind: str, body: Any) -> Reply:
        inputs = body.get("inputs") if isinstance(body, dict) else None
        if not isinstance(inputs, list) or not inputs:
            return Reply(400, {"status": "error", "category": "VALIDATION_ERROR", "message": "no inputs"})
        now = datetime.now(UTC).isoformat()
        results = []
        for item in inputs:
            prop, value = item.get("idProperty"), item.get("id")
            if prop not in self.unique[kind] or not value:
                return Reply(400, {"status": "error", "category": "VALIDATION_ERROR",
                                   "message": f"{prop!r} is not a unique property of {kind}"})
            properties = {k: str(v) for k, v in (item.get("properties") or {}).items()}
            properties[prop] = str(value)
            found = self.find(kind, prop, str(value))
            if found is None:
                self._next_id += 1
                found = {"id": str(self._next_id), "properties": {}, "createdAt": now}
                self.objects[kind][found["id"]] = found
                new = True
            else:
                new = False
            found["properties"].update(properties)
            found["updatedAt"] = now
            results.append({**found, "new": new, "archived": False})
        return Reply(200, {"status": "COMPLETE", "results": results, "startedAt": now, "completedAt": now})
