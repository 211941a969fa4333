"""Storage speed: qualifications saved per second, and how long a report's queries take.

Run: ``.venv/bin/python bench/store_throughput.py [N]`` (default 5,000 leads). Measures a
temporary SQLite file and, when reachable, a temporary schema on the PostgreSQL server at
``LEADQUAL_TEST_POSTGRES_URL`` (default the local one). Prints one line per figure.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, create_engine, text

from leadqual.conversation import parse_conversation
from leadqual.pipeline import Metadata, Qualification
from leadqual.reports import build_report
from leadqual.scoring import Score, default_policy
from leadqual.signals import Signals
from leadqual.store import (
    load_history,
    make_engine,
    record_outcome,
    review_queue,
    save_qualification,
    session_factory,
    transaction,
    upgrade,
)

POSTGRES_URL = os.environ.get(
    "LEADQUAL_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BATCH = 200


def fake(lead_id: str, total: int) -> Qualification:
    policy = default_policy()
    tier = policy.tier_for(total)
    return Qualification(
        id=lead_id,
        score=Score(
            total=total,
            tier=tier,
            breakdown={"budget": 25, "authority": 25, "need": 25, "timeline": 0},
            sla=getattr(policy.sla, tier),
            needs_review=45 <= total <= 55,
        ),
        signals=Signals(),
        metadata=Metadata(lead_id=lead_id, extractor="rules", policy_version=policy.version),
    )


def measure(name: str, engine: Engine, n: int) -> None:
    upgrade(engine)
    rng = random.Random(7)
    start = datetime(2026, 1, 5, tzinfo=UTC)
    items = [
        (
            f"lead-{i}",
            rng.randint(0, 100),
            parse_conversation(f"Customer: lead {i} needs an AC fixed, budget about {rng.randint(1, 30)}k"),
        )
        for i in range(n)
    ]
    began = time.perf_counter()
    session = session_factory(engine)()
    for i, (lead_id, total, conversation) in enumerate(items):
        save_qualification(
            session, fake(lead_id, total), conversation, sinks=["crm"], now=start + timedelta(minutes=i)
        )
        if i % BATCH == BATCH - 1:
            session.commit()
    session.commit()
    saved = time.perf_counter() - began
    began = time.perf_counter()
    for lead_id, total, conversation in items[:1000]:
        save_qualification(session, fake(lead_id, total), conversation)
    session.commit()
    resubmit = time.perf_counter() - began
    with transaction(engine) as s:
        for lead_id, total, _ in items[: n // 2]:
            record_outcome(s, lead_id, "won" if rng.random() < total / 100 else "lost", start)
    began = time.perf_counter()
    with transaction(engine) as s:
        rows = load_history(s)
        queue = review_queue(s)
    loaded = time.perf_counter() - began
    began = time.perf_counter()
    report = build_report(rows)
    built = time.perf_counter() - began
    session.close()
    print(f"{name}: saved {n} qualifications (+1 outbox row each) in {saved:.2f} s = {n / saved:,.0f}/s")
    print(f"{name}: re-submitted 1000 unchanged conversations in {resubmit:.2f} s = {1000 / resubmit:,.0f}/s")
    print(
        f"{name}: loaded history of {len(rows)} leads + review queue of {len(queue)} "
        f"in {loaded * 1000:.0f} ms"
    )
    print(f"{name}: built the report ({report['decided']} decided) in {built * 1000:.0f} ms")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        measure("sqlite", engine, n)
        engine.dispose()
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:
        print(f"postgresql: skipped ({exc.__class__.__name__}: not reachable at {POSTGRES_URL})")
        return
    try:
        engine = make_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})
        measure("postgresql", engine, n)
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
