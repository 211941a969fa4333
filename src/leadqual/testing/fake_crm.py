"""Fake generic REST CRM and fake Slack incoming webhook on 127.0.0.1.

Use them as context managers::

    with FakeCrm(token="t") as crm:
        sink = RestCrmSink(crm.url, token="t")
        ...
        assert list(crm.leads) == ["hs-001"]

HubSpot and Pipedrive fakes live in :mod:`leadqual.testing.fake_hubspot` and
:mod:`leadqual.testing.fake_pipedrive`; failure injection in
:mod:`leadqual.testing.fake_http`.
"""

from __future__ import annotations

from typing import Any

from leadqual.testing.fake_http import FailurePlan, FakeServer, RecordedRequest, Reply
from leadqual.testing.fake_hubspot import FakeHubSpot
from leadqual.testing.fake_pipedrive import FakePipedrive

__all__ = ["FailurePlan", "FakeCrm", "FakeHubSpot", "FakePipedrive", "FakeSlack"]


class FakeCrm(FakeServer):
    """The generic REST CRM leadqual's ``crm`` sink talks to.

    ``POST /api/leads`` creates a lead, or updates the one with the same
    ``external_id``; a repeated ``Idempotency-Key`` gets the first answer back.
    ``GET /api/leads`` lists them. With ``token`` set, other bearers get 401.
    """

    honour_idempotency_key = True

    def __init__(self, *, token: str | None = None, **options: Any) -> None:
        super().__init__(**options)
        self.token = token
        self.leads: dict[str, dict[str, Any]] = {}
        """Current record per external id."""
        self.ids: dict[str, str] = {}
        self.writes: dict[str, int] = {}
        """How many times each external id was created or updated (not replayed)."""

    def handle(self, request: RecordedRequest) -> Reply:
        """Serve the CRM API."""
        if self.token and request.header("Authorization") != f"Bearer {self.token}":
            return Reply(401, {"error": "invalid token"})
        if request.path != "/api/leads":
            return Reply(404, {"error": f"no route {request.path}"})
        if request.method == "GET":
            return Reply(200, {"leads": list(self.leads.values())})
        if request.method != "POST":
            return Reply(405, {"error": "method not allowed"})
        body = request.body
        if not isinstance(body, dict) or not body.get("external_id"):
            return Reply(422, {"error": "external_id is required"})
        external = str(body["external_id"])
        created = external not in self.ids
        if created:
            self.ids[external] = f"crm-{len(self.ids) + 1}"
        self.leads[external] = body
        self.writes[external] = self.writes.get(external, 0) + 1
        return Reply(201 if created else 200, {"id": self.ids[external], "created": created})


class FakeSlack(FakeServer):
    """A Slack incoming webhook: ``POST`` any path answers ``ok`` and keeps the message.

    Like Slack, it ignores ``Idempotency-Key`` unless ``honour_idempotency_key=True``.
    A ``path`` other than the one given answers 404 ``no_service`` like a revoked hook.
    """

    def __init__(self, *, path: str = "/services/T000/B000/XXXX", **options: Any) -> None:
        super().__init__(**options)
        self.path = path
        self.messages: list[dict[str, Any]] = []

    @property
    def webhook_url(self) -> str:
        """The URL to configure as the incoming webhook."""
        return self.url + self.path

    def handle(self, request: RecordedRequest) -> Reply:
        """Accept a message."""
        if request.method != "POST" or request.path != self.path:
            return Reply(404, "no_service")
        if not isinstance(request.body, dict) or not (request.body.get("text") or
                                                      request.body.get("blocks")):
            return Reply(400, "no_text")
        self.messages.append(request.body)
        return Reply(200, "ok")

