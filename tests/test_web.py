"""The JSON API in process: auth, signatures, idempotency, limits, and the CLI's mirror."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from leadqual.store import transaction
from leadqual.store.intake import IntakeRow
from leadqual.store.models import QualificationRow
from leadqual.testing.fake_crm import FakeCrm
from leadqual.web import create_app, sign
from web_support import SECRET, delivery_toml, make_key, settings_for, wait_for

HOT: dict[str, Any] = {"id": "w-1", "conversation": [
    {"role": "customer", "text": "Our AC died and it's 35 degrees. Can someone come today?"},
    {"role": "agent", "text": "We can. Do you own the house?"},
    {"role": "customer", "text": "Yes, it's my house. Budget isn't an issue, just fix it."}],
    "contact": {"name": "Dana", "phone": "+972-50-000-0000", "email": "dana@example.com"}}


@pytest.fixture
def crm() -> Iterator[FakeCrm]:
    with FakeCrm() as fake:
        yield fake


@pytest.fixture
def service(tmp_path: Path, crm: FakeCrm) -> Iterator[tuple[TestClient, dict[str, str]]]:
    db = f"sqlite:///{tmp_path / 'web.db'}"
    key = make_key(db)
    app = create_app(settings_for(db, delivery_toml(tmp_path / "d.toml", crm.url)))
    with TestClient(app) as client:
        yield client, {"Authorization": f"Bearer {key}"}


def _stored(client: TestClient) -> int:
    with transaction(client.app.state.engine) as session:  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).select_from(IntakeRow)) or 0)


def _lead(client: TestClient, auth: dict[str, str], lead_id: str) -> dict[str, Any]:
    def qualified() -> dict[str, Any] | None:
        body: dict[str, Any] = client.get(f"/v1/leads/{lead_id}", headers=auth).json()
        return body if body.get("status") == "qualified" else None
    return wait_for(qualified, what=f"lead {lead_id} qualified")


def test_ops_endpoints_and_docs(service: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = service
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    assert "/v1/leads" in schema["paths"] and "LeadIn" in schema["components"]["schemas"]


def test_lead_is_accepted_qualified_delivered_and_shown_in_the_contract_shape(
    service: tuple[TestClient, dict[str, str]], crm: FakeCrm
) -> None:
    client, auth = service
    started = time.perf_counter()
    answer = client.post("/v1/leads", json=HOT, headers=auth)
    assert answer.status_code == 202, answer.text
    assert time.perf_counter() - started < 1.0
    assert answer.json() == {"id": "w-1", "status": "pending", "status_url": "/v1/leads/w-1",
                             "duplicate": False}
    lead = _lead(client, auth, "w-1")
    assert lead["score"]["tier"] == "hot" and lead["score"]["total"] >= 80
    assert set(lead["score"]["breakdown"]) == {"budget", "authority", "need", "timeline"}
    assert lead["signals"]["authority"]["is_decision_maker"] is True
    assert lead["metadata"]["extractor"] == "rules"
    wait_for(lambda: "w-1" in crm.leads, what="CRM delivery")
    assert crm.leads["w-1"]["pipeline"] == {"stage": "Sales Qualified", "priority": "urgent"}
    delivered = wait_for(lambda: [d for d in client.get("/v1/leads/w-1", headers=auth).json()["deliveries"]
                                  if d["status"] == "sent"], what="delivery marked sent")
    assert delivered[0]["sink"] == "crm" and delivered[0]["external_ref"] == "crm-1"


def test_same_id_and_conversation_returns_the_existing_record(
    service: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = service
    assert client.post("/v1/leads", json=HOT, headers=auth).status_code == 202
    again = client.post("/v1/leads", json=HOT, headers=auth)
    assert again.status_code == 200 and again.json()["duplicate"] is True
    changed = {**HOT, "conversation": HOT["conversation"] + [{"role": "customer", "text": "Budget 5k."}]}
    assert client.post("/v1/leads", json=changed, headers=auth).status_code == 202
    assert _stored(client) == 2
    _lead(client, auth, "w-1")
    wait_for(lambda: _qualifications(client) == 2, what="both versions qualified")


def _qualifications(client: TestClient) -> int:
    with transaction(client.app.state.engine) as session:  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).select_from(QualificationRow)) or 0)


@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer lq_wrong"}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer "}])
def test_missing_or_wrong_key_is_refused_and_nothing_stored(
    service: tuple[TestClient, dict[str, str]], headers: dict[str, str]
) -> None:
    client, _ = service
    answer = client.post("/v1/leads", json=HOT, headers=headers)
    assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
    assert "leadqual keys create" in answer.json()["detail"]
    assert client.get("/v1/leads/w-1", headers=headers).status_code == 401
    assert client.get("/v1/report", headers=headers).status_code == 401
    assert _stored(client) == 0


def test_signed_webhook_is_accepted_without_a_key(service: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = service
    body = json.dumps(HOT).encode()
    answer = client.post("/v1/leads", content=body, headers={
        "X-Leadqual-Signature": sign(body, SECRET), "Content-Type": "application/json"})
    assert answer.status_code == 202, answer.text
    assert _stored(client) == 1


@pytest.mark.parametrize("case", ["forged", "other_secret", "expired", "future", "garbled", "other_body"])
def test_bad_signatures_are_refused_and_nothing_stored(
    service: tuple[TestClient, dict[str, str]], case: str
) -> None:
    client, auth = service
    body = json.dumps(HOT).encode()
    now = int(time.time())
    signature = {
        "forged": f"t={now},v1={'0' * 64}",
        "other_secret": sign(body, "not-the-secret"),
        "expired": sign(body, SECRET, now - 330),
        "future": sign(body, SECRET, now + 330),  # clear of the 300 s tolerance: "now" is truncated
        "garbled": "sha256=abc",
        "other_body": sign(body.replace(b"Dana", b"Eve"), SECRET),
    }[case]
    # A present signature must be right even next to a good key: it is never ignored.
    answer = client.post("/v1/leads", content=body, headers={
        **auth, "X-Leadqual-Signature": signature, "Content-Type": "application/json"})
    assert answer.status_code == 401, answer.text
    assert _stored(client) == 0


def test_oversized_body_gets_413_before_auth_or_storage(service: tuple[TestClient, dict[str, str]]) -> None:
    client, auth = service
    big = {**HOT, "conversation": "Customer: " + "x" * 300_000}
    answer = client.post("/v1/leads", json=big, headers=auth)
    assert answer.status_code == 413 and "262,144 bytes" in answer.json()["detail"]
    assert _stored(client) == 0


@pytest.mark.parametrize("record, needle", [
    ({"conversation": "Customer: hi"}, "id"),
    ({"id": "x", "conversation": "Agent: only the agent spoke"}, "customer text"),
    ({"id": "x", "conversation": "Customer: hi", "profile": "no-such-profile"}, "unknown profile"),
    ({"id": "x", "conversation": "Customer: hi", "received_at": "yesterday"}, "ISO 8601"),
    ({"id": "x", "conversation": 42}, "conversation"),
])
def test_invalid_leads_get_422_naming_the_problem(
    service: tuple[TestClient, dict[str, str]], record: dict[str, Any], needle: str
) -> None:
    client, auth = service
    answer = client.post("/v1/leads", json=record, headers=auth)
    assert answer.status_code == 422
    assert needle in json.dumps(answer.json())
    assert client.post("/v1/leads", content=b"{not json", headers=auth).status_code == 422
    assert _stored(client) == 0


def test_named_profile_is_used(service: tuple[TestClient, dict[str, str]]) -> None:
    client, auth = service
    record = {"id": "c-1", "profile": "clinic",
              "conversation": "Customer: I need a dentist appointment for a toothache this week"}
    assert client.post("/v1/leads", json=record, headers=auth).status_code == 202
    _lead(client, auth, "c-1")
    with transaction(client.app.state.engine) as session:  # type: ignore[attr-defined]
        assert session.scalar(select(QualificationRow.profile)) == "clinic"


def test_outcome_review_report_and_deliveries_mirror_the_cli(
    service: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = service
    client.post("/v1/leads", json=HOT, headers=auth)
    _lead(client, auth, "w-1")
    assert client.post("/v1/leads/nope/outcome", json={"outcome": "won"}, headers=auth).status_code == 404
    assert client.post("/v1/leads/w-1/outcome", json={"outcome": "maybe"}, headers=auth).status_code == 422
    won = client.post("/v1/leads/w-1/outcome", json={"outcome": "won"}, headers=auth)
    assert won.json() == {"lead_id": "w-1", "outcome": "won", "kept": True}
    old = client.post("/v1/leads/w-1/outcome", json={"outcome": "lost", "at": "2020-01-01T00:00:00Z"},
                      headers=auth)
    assert old.json()["kept"] is False
    reviewed = client.post("/v1/leads/w-1/review", json={"tier": "warm", "reason": "slow payer"},
                           headers=auth)
    assert reviewed.status_code == 201 and reviewed.json()["tier"] == "warm"
    assert client.post("/v1/leads/w-1/review", json={"tier": "warm", "reason": "  "},
                       headers=auth).status_code == 422
    lead = client.get("/v1/leads/w-1", headers=auth).json()
    assert lead["outcome"]["outcome"] == "won" and lead["review"]["tier"] == "warm"
    assert client.get("/v1/review", headers=auth).status_code == 200
    report = client.get("/v1/report?days=0", headers=auth).json()
    assert report["leads"] == 1 and report["machine"]["counts"]["hot"]["won"] == 1
    assert report["final"]["counts"]["warm"]["won"] == 1
    assert client.get("/v1/report?days=-1", headers=auth).status_code == 422
    wait_for(lambda: client.get("/v1/deliveries", headers=auth).json(), what="a delivery row")
    assert client.post("/v1/deliveries/999999/retry", headers=auth).status_code == 404
    assert client.get("/v1/leads/nope", headers=auth).status_code == 404
