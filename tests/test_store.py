"""Storage on SQLite and PostgreSQL: history, idempotency, outbox, outcomes, costs, keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, select

from leadqual.conversation import parse_conversation
from leadqual.store import (
    Base,
    StoreError,
    UnknownLead,
    claim_due,
    cost_by_model,
    create_api_key,
    current_revision,
    deliveries_for,
    head_revision,
    import_outcomes,
    latest_qualifications,
    lead_history,
    make_engine,
    mark_failed,
    mark_sent,
    open_engine,
    record_outcome,
    revoke_api_key,
    save_qualification,
    session_factory,
    transaction,
    upgrade,
    verify_api_key,
)
from leadqual.store.models import DeliveryRow, OutcomeRow, QualificationRow

AC = parse_conversation("Customer: our AC died, can you come today?\nAgent: Sure.")
AC_MORE = parse_conversation("Customer: our AC died, can you come today?\nAgent: Sure.\nCustomer: budget 5k")


def test_migrations_create_exactly_the_models(engine: Engine) -> None:
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_same_conversation_is_a_no_op_and_a_changed_one_adds_history(
    engine: Engine, make_qualification
) -> None:
    with transaction(engine) as s:
        first = save_qualification(s, make_qualification("L1", 60), AC, contact={"name": "Dana"})
    with transaction(engine) as s:
        again = save_qualification(s, make_qualification("L1", 90), AC)
    with transaction(engine) as s:
        changed = save_qualification(s, make_qualification("L1", 85), AC_MORE, contact={"phone": "1"})
    assert first.created and not again.created and changed.created
    assert again.qualification_id == first.qualification_id
    with transaction(engine) as s:
        history = lead_history(s, "L1")
        assert [(q.total, q.tier) for q in history] == [(60, "warm"), (85, "hot")]
        assert history[0].conversation[0] == {"role": "customer", "text": "our AC died, can you come today?"}
        assert history[1].lead.contact == {"name": "Dana", "phone": "1"}
        assert history[0].signals["budget"]["amount_indicated"] == "unknown"
        assert history[0].meta["policy_version"] == "default-1"
        assert [q.lead_id for q in latest_qualifications(s)] == ["L1"]
        assert latest_qualifications(s)[0].total == 85


def test_deliveries_are_written_in_the_same_transaction(engine: Engine, make_qualification) -> None:
    session = session_factory(engine)()
    result = save_qualification(
        session, make_qualification("L2", 85), AC, sinks=["hubspot", "slack", "slack"]
    )
    assert len(result.delivery_ids) == 2
    session.rollback()  # the qualification and its outbox rows go together
    session.close()
    with transaction(engine) as s:
        assert s.scalar(select(func.count()).select_from(QualificationRow)) == 0
        assert s.scalar(select(func.count()).select_from(DeliveryRow)) == 0
    with transaction(engine) as s:
        saved = save_qualification(s, make_qualification("L2", 85), AC, sinks=["hubspot", "slack"])
    with transaction(engine) as s:
        rows = deliveries_for(s, saved.qualification_id)
        assert [(r.sink, r.status, r.attempts) for r in rows] == [
            ("hubspot", "pending", 0),
            ("slack", "pending", 0),
        ]
        assert len({r.idempotency_key for r in rows}) == 2
    with transaction(engine) as s:  # re-submitting creates no second delivery
        assert save_qualification(s, make_qualification("L2", 85), AC, sinks=["hubspot"]).delivery_ids == []


def test_outbox_claim_retry_and_dead(engine: Engine, make_qualification) -> None:
    t0 = datetime(2026, 3, 1, 12, tzinfo=UTC)
    with transaction(engine) as s:
        save_qualification(s, make_qualification("L3", 85), AC, sinks=["crm", "slack"], now=t0)
    with transaction(engine) as s:
        claimed = claim_due(s, now=t0)
        ids = [d.id for d in claimed]
        assert [d.attempts for d in claimed] == [1, 1]
    with transaction(engine) as s:
        assert claim_due(s, now=t0 + timedelta(minutes=1)) == []  # leased
        mark_sent(s, ids[0], "crm-77")
        assert mark_failed(s, ids[1], "503", now=t0) == "pending"
        assert mark_failed(s, ids[1], "bad payload", retry=False) == "dead"
    with transaction(engine) as s:
        rows = {d.id: d for d in s.scalars(select(DeliveryRow))}
        assert (rows[ids[0]].status, rows[ids[0]].external_ref) == ("sent", "crm-77")
        assert (rows[ids[1]].status, rows[ids[1]].last_error) == ("dead", "bad payload")


def test_cost_per_model_sums_call_records(engine: Engine, make_qualification) -> None:
    calls = [
        {"model": "haiku", "input_tokens": 100, "output_tokens": 10, "cost_usd": 0.001},
        {"model": "sonnet", "input_tokens": 200, "output_tokens": 20, "cost_usd": 0.01},
    ]
    with transaction(engine) as s:
        save_qualification(s, make_qualification("A", 60, model="sonnet", calls=calls), AC)
        save_qualification(s, make_qualification("B", 60, model="haiku", cost_usd=0.002), AC)
        save_qualification(s, make_qualification("C", 60), AC)  # rules: no model, no cost
    with transaction(engine) as s:
        costs = {c.model: c for c in cost_by_model(s)}
    assert set(costs) == {"haiku", "sonnet"}
    assert costs["haiku"].calls == 2 and costs["haiku"].cost_usd == pytest.approx(0.003)
    assert costs["sonnet"].input_tokens == 200 and costs["sonnet"].cost_usd == pytest.approx(0.01)


def test_outcome_latest_wins_and_unknown_leads_are_reported(engine: Engine, make_qualification) -> None:
    with transaction(engine) as s:
        save_qualification(s, make_qualification("L4", 85), AC)
        save_qualification(s, make_qualification("L5", 40), AC)
    with transaction(engine) as s:
        assert record_outcome(s, "L4", "nurturing", datetime(2026, 3, 1, tzinfo=UTC))
        assert record_outcome(s, "L4", "WON", datetime(2026, 3, 5, tzinfo=UTC))
        assert not record_outcome(s, "L4", "lost", datetime(2026, 3, 2, tzinfo=UTC))  # older: kept won
        with pytest.raises(UnknownLead, match="nope"):
            record_outcome(s, "nope", "won")
    with transaction(engine) as s:
        report = import_outcomes(s, "lead_id,outcome,at\nL5,lost,2026-03-04\nghost,won\nL5,maybe\n\nL4\n")
    assert (report.recorded, report.unknown) == (1, [(3, "ghost")])
    assert len(report.errors) == 2 and "line 4" in report.errors[0] and "line 6" in report.errors[1]
    with transaction(engine) as s:
        outcomes = {o.lead_id: o.outcome for o in s.scalars(select(OutcomeRow))}
    assert outcomes == {"L4": "won", "L5": "lost"}


def test_api_keys_store_only_a_hash(engine: Engine) -> None:
    with transaction(engine) as s:
        key = create_api_key(s, "zapier")
    with transaction(engine) as s:
        row = verify_api_key(s, key)
        assert row is not None and row.name == "zapier" and key not in row.key_sha256
        assert verify_api_key(s, key + "x") is None
        assert revoke_api_key(s, "zapier") and not revoke_api_key(s, "zapier")
    with transaction(engine) as s:
        assert verify_api_key(s, key) is None


def test_a_new_database_is_migrated_or_refused(empty_engine: Engine, backend: str) -> None:
    url = empty_engine.url
    if backend == "sqlite":  # the app migrates a new SQLite file by itself
        engine = open_engine(url.render_as_string(hide_password=False))
        assert current_revision(engine) == head_revision()
        engine.dispose()
    else:
        with pytest.raises(StoreError, match="leadqual db upgrade"):
            open_engine(url.render_as_string(hide_password=False), connect_args=_pg_options(empty_engine))
        engine = open_engine(
            url.render_as_string(hide_password=False), migrate=True, connect_args=_pg_options(empty_engine)
        )
        assert current_revision(engine) == head_revision()
        engine.dispose()


def _pg_options(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        schema = conn.exec_driver_sql("SHOW search_path").scalar()
    return {"options": f"-csearch_path={schema}"}


def test_an_unreachable_database_names_the_fix() -> None:
    with pytest.raises(StoreError, match="Check that the server runs"):
        open_engine("postgresql+psycopg://postgres@127.0.0.1:1/none", connect_args={"connect_timeout": 2})
    with pytest.raises(StoreError, match="cannot use database URL"):
        make_engine("nosuchdb://x")


def test_twin_requests_store_one_qualification_on_postgres(postgres_schema_url, make_qualification) -> None:
    """Two sessions save the same new lead at once: the unique keys keep one, both succeed.

    PostgreSQL only: SQLite lets one writer in at a time, so there is no such race there.
    """
    url, connect_args = postgres_schema_url
    engine = make_engine(url, connect_args=connect_args)
    upgrade(engine)
    import threading

    first = session_factory(engine)()
    a = save_qualification(
        first, make_qualification("twin", 85), AC, sinks=["crm"]
    )  # inserted, not committed
    outcome: dict[str, object] = {}

    def second_request() -> None:
        with transaction(engine) as s:  # blocks on the unique index until the first commits
            outcome["result"] = save_qualification(s, make_qualification("twin", 85), AC, sinks=["crm"])

    thread = threading.Thread(target=second_request)
    thread.start()
    thread.join(0.5)
    assert thread.is_alive()  # really waiting on the first transaction
    first.commit()
    first.close()
    thread.join(10)
    b = outcome["result"]
    assert isinstance(b, type(a)) and not b.created and b.qualification_id == a.qualification_id
    with transaction(engine) as s:
        assert s.scalar(select(func.count()).select_from(QualificationRow)) == 1
        assert s.scalar(select(func.count()).select_from(DeliveryRow)) == 1
    engine.dispose()
