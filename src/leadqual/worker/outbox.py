"""The outbox delivery loop: sends pending deliveries, with back-off, until sent or dead.

Each batch is claimed in a short transaction (the claim leases the rows), pushed on a
few threads, and each result is written in its own transaction right after its push, so
a crash loses at most the pushes in flight. Those are pushed again after the lease,
with the same idempotency key, so the sink replays its first answer instead of
creating a second record.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine

from leadqual.delivery import DeliveryError, RetryPolicy, Sink, classify
from leadqual.pipeline import Metadata, Qualification
from leadqual.scoring import Score
from leadqual.signals import Signals
from leadqual.store.deliveries import record_failure
from leadqual.store.engine import transaction
from leadqual.store.models import DeliveryRow, LeadRow, QualificationRow, utc
from leadqual.store.outbox import claim_due, mark_sent

log = logging.getLogger("leadqual.worker")


def qualification_from_row(row: QualificationRow) -> Qualification:
    """The stored qualification as the pipeline made it (what sinks push)."""
    score = Score(total=row.total, tier=row.tier, breakdown=dict(row.breakdown), sla=row.sla,
                  needs_review=row.needs_review)
    return Qualification(id=row.lead_id, score=score, signals=Signals.model_validate(row.signals),
                         metadata=Metadata.model_validate(row.meta))


@dataclass(frozen=True)
class _Job:
    delivery_id: int
    sink: str
    attempts: int
    qualification: Qualification
    lead: dict[str, Any]


class OutboxDeliverer:
    """Pushes due outbox rows to their sinks; one :meth:`run_once` call is one batch."""

    def __init__(self, engine: Engine, sinks: Mapping[str, Sink], policy: RetryPolicy, *,
                 lease: float = 120.0, batch: int = 50, threads: int = 8) -> None:
        self.engine = engine
        self.sinks = dict(sinks)
        self.policy = policy
        self.lease = timedelta(seconds=lease)
        self.batch = batch
        self.pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="leadqual-push")

    def _claim(self) -> list[_Job]:
        with transaction(self.engine) as session:
            jobs = []
            for row in claim_due(session, self.batch, lease=self.lease):
                stored = session.get(QualificationRow, row.qualification_id)
                lead = session.get(LeadRow, stored.lead_id) if stored else None
                if stored is None or lead is None:  # deleted under us: nothing left to send
                    record_failure(session, row.id, "the qualification was deleted", delay=None,
                                   max_attempts=0)
                    continue
                received = utc(stored.received_at).isoformat() if stored.received_at else None
                jobs.append(_Job(row.id, row.sink, row.attempts, qualification_from_row(stored),
                                 {"id": lead.id, "contact": dict(lead.contact), "received_at": received}))
            return jobs

    def _push(self, job: _Job) -> str:
        sink = self.sinks.get(job.sink)
        if sink is None:
            error: DeliveryError | None = DeliveryError(
                f"sink {job.sink!r} is not configured in this process: add it to delivery.sinks, "
                f"then run `leadqual deliveries retry {job.delivery_id}`", retryable=False)
        else:
            try:
                result = sink.push(job.qualification, job.lead)
            except Exception as exc:  # every failure is classified, none kills the loop
                error = classify(exc, job.sink)
            else:
                with transaction(self.engine) as session:
                    mark_sent(session, job.delivery_id,
                              "skipped" if result.skipped else result.external_ref)
                return "sent"
        assert error is not None
        delay = (self.policy.delay(job.attempts, error.retry_after)
                 if self.policy.should_retry(error, job.attempts) else None)
        with transaction(self.engine) as session:
            status = record_failure(session, job.delivery_id, str(error), delay=delay,
                                    max_attempts=self.policy.max_attempts)
        log.info("delivery %s to %s failed (try %s, now %s): %s", job.delivery_id, job.sink,
                 job.attempts, status, error)
        return status

    def run_once(self) -> int:
        """Claim one batch and push it; returns how many rows were claimed."""
        jobs = self._claim()
        if jobs:
            list(self.pool.map(self._push, jobs))
        return len(jobs)

    def close(self) -> None:
        """Stop the push threads and close the sinks' connections."""
        self.pool.shutdown(wait=True)
        for sink in self.sinks.values():
            close = getattr(sink, "close", None)
            if callable(close):
                close()


def due_count(engine: Engine) -> int:
    """Pending deliveries (due or waiting for a retry)."""
    from sqlalchemy import func, select

    with transaction(engine) as session:
        return int(session.scalar(select(func.count()).select_from(DeliveryRow)
                                  .where(DeliveryRow.status == "pending")) or 0)
