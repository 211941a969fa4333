"""Storage: every lead and qualification, outcomes, reviews, the delivery outbox, API keys.

The same SQLAlchemy code runs on SQLite (the default file in the data directory) and
PostgreSQL. Every repository function takes a :class:`~sqlalchemy.orm.Session` and
leaves committing to the caller, so a web handler, a worker and the CLI share them::

    engine = open_engine()                     # migrates a new SQLite file by itself
    with transaction(engine) as session:
        save_qualification(session, result, lead.conversation, sinks=["hubspot"])
"""

from __future__ import annotations

from leadqual.store.apikeys import create_api_key, revoke_api_key, verify_api_key
from leadqual.store.engine import (
    StoreError,
    current_revision,
    head_revision,
    make_engine,
    open_engine,
    resolve_url,
    session_factory,
    transaction,
    upgrade,
)
from leadqual.store.history import HistoryRow, RescoreReport, load_history, rescore
from leadqual.store.intake import IntakeRow  # noqa: F401  (registers the intake table on Base)
from leadqual.store.models import DECIDED, OUTCOMES, Base
from leadqual.store.outbox import claim_due, deliveries_for, mark_failed, mark_sent
from leadqual.store.outcomes import ImportReport, UnknownLead, import_outcomes, parse_when, record_outcome
from leadqual.store.qualifications import (
    ModelCost,
    SaveResult,
    conversation_sha256,
    cost_by_model,
    latest_qualifications,
    lead_history,
    save_qualification,
)
from leadqual.store.reviews import decide_review, review_queue

__all__ = [
    "DECIDED", "OUTCOMES", "Base", "HistoryRow", "ImportReport", "ModelCost", "RescoreReport",
    "SaveResult", "StoreError", "UnknownLead", "claim_due", "conversation_sha256", "cost_by_model",
    "create_api_key", "current_revision", "decide_review", "deliveries_for", "head_revision",
    "import_outcomes", "latest_qualifications", "lead_history", "load_history", "make_engine",
    "mark_failed", "mark_sent", "open_engine", "parse_when", "record_outcome", "rescore",
    "resolve_url", "review_queue", "revoke_api_key", "save_qualification", "session_factory",
    "transaction", "upgrade", "verify_api_key",
]
