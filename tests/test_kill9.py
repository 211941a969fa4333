"""``kill -9`` of ``leadqual serve`` mid-batch loses nothing: after a restart every lead is
qualified once and reaches the CRM exactly once."""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import func, select

from leadqual.store import transaction
from leadqual.store.intake import IntakeRow
from leadqual.store.models import DeliveryRow, QualificationRow
from leadqual.testing.fake_crm import FailurePlan, FakeCrm
from leadqual.web.db import service_engine
from leadqual.web.live import LiveServer
from web_support import PROFILE, delivery_toml, make_key, wait_for

LEADS = 150
KILL_AFTER = 90


def _lead(n: int) -> dict[str, object]:
    return {"id": f"k-{n:04d}", "contact": {"name": f"Lead {n}", "email": f"k{n}@example.com"},
            "conversation": f"Customer: our AC unit {n} stopped working, I own the flat, budget 3k, "
                            "can you come this week?"}


def test_kill9_mid_batch_then_restart_loses_nothing_and_delivers_once(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'kill.db'}"
    auth = {"Authorization": f"Bearer {make_key(db)}"}
    # A slow, flaky CRM keeps deliveries in flight when the kill comes; answers lost after
    # the CRM stored the lead (drop_after) make the restarted server push those again.
    crm = FakeCrm(failures=FailurePlan(0.3, ("timeout_after", "drop_after", "500"), seed=7),
                  hang_seconds=0.2).start()
    settings = delivery_toml(tmp_path / "delivery.toml", crm.url)
    args = ["--delivery", str(settings), "--lease", "1", "--poll", "0.1"]
    server = LiveServer(db, PROFILE, extra_args=args, log=tmp_path / "server.log")
    accepted: set[str] = set()
    lock = threading.Lock()
    killed = threading.Event()

    def post(n: int) -> None:
        lead = _lead(n)
        try:
            answer = httpx.post(server.url + "/v1/leads", json=lead, headers=auth, timeout=5)
        except httpx.HTTPError:
            return  # in flight at the kill: the source sends it again later
        if answer.status_code in (200, 202):
            with lock:
                accepted.add(str(lead["id"]))
                if len(accepted) >= KILL_AFTER and not killed.is_set():
                    killed.set()
                    server.kill()

    try:
        server.start()
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(post, range(LEADS)))
        assert killed.is_set()
        before_restart = set(accepted)
        delivered_at_kill = len(crm.leads)
        assert delivered_at_kill < LEADS  # the kill really came mid-batch

        engine = service_engine(db)
        with transaction(engine) as session:  # everything answered 202 was on disk
            stored = set(session.scalars(select(IntakeRow.lead_id)))
        assert before_restart <= stored

        server.start()
        # The webhook source retries whatever got no answer; answered ones are duplicates.
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(post, range(LEADS)))
        assert len(accepted) == LEADS

        def all_sent() -> bool:
            with transaction(engine) as session:
                statuses = Counter(session.scalars(select(DeliveryRow.status)))
            return statuses == Counter({"sent": LEADS})
        wait_for(all_sent, timeout=90, what="every delivery sent")
    finally:
        server.stop()
        crm.stop()

    with transaction(engine) as session:
        per_lead = Counter(session.scalars(select(QualificationRow.lead_id)))
        pending = session.scalar(
            select(func.count()).select_from(IntakeRow).where(IntakeRow.status != "done"))
    engine.dispose()
    assert len(per_lead) == LEADS and set(per_lead.values()) == {1}
    assert pending == 0
    assert set(crm.leads) == {f"k-{n:04d}" for n in range(LEADS)}
    assert set(crm.writes.values()) == {1}  # exactly once: retries were replays, not new writes
    assert any(r.outcome == "replayed" for r in crm.requests)
