"""The outbox delivery loop on SQLite and PostgreSQL: exactly once through failures,
retry-after, dead after N tries, manual retry, permanent errors, and crash resume."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from leadqual.cli import app as cli
from leadqual.conversation import parse_conversation
from leadqual.delivery import DeliveryError, RetryPolicy, Sink
from leadqual.delivery.crm import RestCrmSink
from leadqual.delivery.hubspot import HubSpotSink
from leadqual.delivery.pipedrive import PipedriveSink
from leadqual.delivery.slack import SlackNotifier
from leadqual.store import claim_due, save_qualification, transaction
from leadqual.store.models import DeliveryRow, now_utc, utc
from leadqual.testing.fake_crm import FailurePlan, FakeCrm, FakeHubSpot, FakePipedrive, FakeSlack
from leadqual.testing.qualifications import sample_lead, sample_qualification
from leadqual.web.db import service_engine
from leadqual.worker import OutboxDeliverer

TIERS = ("hot", "warm", "cold", "disqualified")
QUICK = RetryPolicy(max_attempts=40, base_delay=0.01, max_delay=0.05)


@pytest.fixture
def db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """A migrated database; SQLite through the service's engine (the one the loop runs on)."""
    if backend == "sqlite":
        engine = service_engine(f"sqlite:///{tmp_path / 'outbox.db'}")
        yield engine
        engine.dispose()
    else:
        yield request.getfixturevalue("engine")


def _store(engine: Engine, count: int, sinks: list[str]) -> list[str]:
    ids = []
    with transaction(engine) as session:
        for n in range(count):
            lead_id = f"L{n:03d}"
            lead = sample_lead(lead_id)
            save_qualification(session, sample_qualification(TIERS[n % 4], lead_id),
                               parse_conversation(lead["conversation"]), contact=lead["contact"], sinks=sinks)
            ids.append(lead_id)
    return ids


def _statuses(engine: Engine) -> Counter[str]:
    with transaction(engine) as session:
        return Counter(session.scalars(select(DeliveryRow.status)))


def _drain(deliverer: OutboxDeliverer, engine: Engine, timeout: float = 60.0) -> Counter[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not deliverer.run_once():
            statuses = _statuses(engine)
            if not statuses["pending"]:
                return statuses
            time.sleep(0.02)
    raise AssertionError(f"deliveries still pending after {timeout}s: {_statuses(engine)}")


def _row(engine: Engine, delivery_id: int = 1) -> DeliveryRow:
    with transaction(engine) as session:
        row = session.get(DeliveryRow, delivery_id)
        assert row is not None
        return row


def test_every_lead_reaches_every_sink_exactly_once_while_a_third_of_requests_fail(db: Engine) -> None:
    modes = ("500", "429", "drop", "timeout", "drop_after", "timeout_after")
    options: dict[str, Any] = {"retry_after": "0.05", "hang_seconds": 0.4}
    crm = FakeCrm(failures=FailurePlan(1 / 3, modes, seed=1), **options).start()
    hub = FakeHubSpot(failures=FailurePlan(1 / 3, modes, seed=2), **options).start()
    pd = FakePipedrive(failures=FailurePlan(1 / 3, modes, seed=3), **options).start()
    # Slack webhooks have no idempotency: only failures before Slack posts are injected.
    slack = FakeSlack(failures=FailurePlan(1 / 3, ("500", "429", "drop"), seed=4), **options).start()
    sinks: dict[str, Sink] = {
        "crm": RestCrmSink(crm.url, timeout=0.2),
        "hubspot": HubSpotSink("pat-test", base_url=hub.url, timeout=0.2),
        "pipedrive": PipedriveSink("pd-test", base_url=pd.url, timeout=0.2),
        "slack": SlackNotifier(slack.webhook_url, notify_warm=True, timeout=0.2),
    }
    deliverer = OutboxDeliverer(db, sinks, QUICK, lease=30, threads=8)
    try:
        ids = _store(db, 16, list(sinks))
        assert _drain(deliverer, db) == Counter({"sent": 16 * 4})
    finally:
        deliverer.close()
        for fake in (crm, hub, pd, slack):
            fake.stop()
    failed = sum(1 for fake in (crm, hub, pd, slack) for r in fake.requests if r.outcome in modes)
    assert failed > 20  # the failures really happened
    assert set(crm.leads) == set(ids) and set(crm.writes.values()) == {1}
    assert sorted(d["properties"]["leadqual_id"] for d in hub.objects["deals"].values()) == ids
    assert len(pd.persons) == 16 and len(pd.leads) == 16
    alerted = {i for n, i in enumerate(ids) if TIERS[n % 4] in ("hot", "warm")}
    alerts = Counter(i for m in slack.messages for i in alerted if f"`{i}`" in str(m["blocks"]))
    assert set(alerts) == alerted and set(alerts.values()) == {1}


def test_retry_after_is_honoured(db: Engine) -> None:
    with FakeCrm(failures=FailurePlan(script=["429"]), retry_after="120") as crm:
        deliverer = OutboxDeliverer(db, {"crm": RestCrmSink(crm.url)}, QUICK)
        _store(db, 1, ["crm"])
        before = now_utc()
        assert deliverer.run_once() == 1
        row = _row(db)
        assert row.status == "pending" and "429" in (row.last_error or "")
        assert utc(row.next_attempt_at) >= before + timedelta(seconds=119)
        assert deliverer.run_once() == 0  # not due yet
        deliverer.close()
    assert crm.leads == {}


def test_dead_after_max_attempts_then_listed_and_retried_by_hand(
    db: Engine, backend: str, tmp_path: Path
) -> None:
    with FakeCrm(failures=FailurePlan(script=["500"] * 3)) as crm:
        policy = RetryPolicy(max_attempts=3, base_delay=0.0, max_delay=0.0)
        deliverer = OutboxDeliverer(db, {"crm": RestCrmSink(crm.url)}, policy)
        _store(db, 1, ["crm"])
        assert _drain(deliverer, db) == Counter({"dead": 1})
        row = _row(db)
        assert row.attempts == 3 and "500" in (row.last_error or "")
        if backend == "sqlite":  # the commands, on the same database
            url = str(db.url)
            listed = CliRunner().invoke(cli, ["deliveries", "list", "--failed", "--json", "--db", url])
            assert listed.exit_code == 0 and '"status": "dead"' in listed.stdout
            retried = CliRunner().invoke(cli, ["deliveries", "retry", "1", "--db", url])
            assert retried.exit_code == 0, retried.output
            assert CliRunner().invoke(cli, ["deliveries", "retry", "99", "--db", url]).exit_code == 1
        else:
            from leadqual.store.deliveries import retry_delivery

            with transaction(db) as session:
                retry_delivery(session, 1)
        assert _drain(deliverer, db) == Counter({"sent": 1})
        deliverer.close()
    assert crm.writes == {"L000": 1}


def test_permanent_error_is_dead_at_once(db: Engine) -> None:
    with FakeCrm(token="right") as crm:
        deliverer = OutboxDeliverer(db, {"crm": RestCrmSink(crm.url, token="wrong")}, QUICK)
        _store(db, 1, ["crm"])
        assert _drain(deliverer, db) == Counter({"dead": 1})
        row = _row(db)
        assert row.attempts == 1 and "401" in (row.last_error or "") and "token" in (row.last_error or "")
        deliverer.close()


def test_unknown_sink_is_dead_with_the_fix(db: Engine) -> None:
    deliverer = OutboxDeliverer(db, {}, QUICK)
    _store(db, 1, ["crm"])
    assert _drain(deliverer, db) == Counter({"dead": 1})
    assert "delivery.sinks" in (_row(db).last_error or "")
    deliverer.close()


def test_a_claim_whose_worker_died_is_resumed_after_the_lease_and_sent_once(db: Engine) -> None:
    # The first push reaches the CRM, but its answer is lost and the worker "dies".
    with FakeCrm(failures=FailurePlan(script=["drop_after"])) as crm:
        _store(db, 1, ["crm"])
        with transaction(db) as session:
            assert len(claim_due(session, lease=timedelta(seconds=1))) == 1  # a worker claims ...
        sink = RestCrmSink(crm.url)
        with pytest.raises(DeliveryError):  # ... pushes, loses the answer, and dies before marking
            sink.push(sample_qualification("hot", "L000"), sample_lead("L000"))
        deliverer = OutboxDeliverer(db, {"crm": sink}, QUICK)
        assert deliverer.run_once() == 0  # leased: nobody else takes it yet
        time.sleep(1.1)
        assert _drain(deliverer, db) == Counter({"sent": 1})
        deliverer.close()
    assert crm.writes == {"L000": 1}
    assert [r.outcome for r in crm.requests] == ["drop_after", "replayed"]
